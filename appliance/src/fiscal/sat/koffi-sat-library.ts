import koffi, { type LibraryHandle } from 'koffi';
import type { SatLibrary } from './sat-library.js';

/**
 * Loads the vendor's libsat.so with koffi. Every function returns `const char*` owned by the
 * library (valid until the next call), which koffi copies into a JS string ('str' = UTF-8).
 */
export class KoffiSatLibrary implements SatLibrary {
  private readonly lib: LibraryHandle;
  private readonly fns;

  constructor(path: string) {
    this.lib = koffi.load(path);
    const f = (signature: string) => this.lib.func(signature);
    this.fns = {
      ativarSat: f('str AtivarSAT(int numeroSessao, int subComando, str codigoDeAtivacao, str CNPJ, int cUF)'),
      comunicarCertificadoIcpBrasil: f('str ComunicarCertificadoICPBRASIL(int numeroSessao, str codigoDeAtivacao, str certificado)'),
      enviarDadosVenda: f('str EnviarDadosVenda(int numeroSessao, str codigoDeAtivacao, str dadosVenda)'),
      cancelarUltimaVenda: f('str CancelarUltimaVenda(int numeroSessao, str codigoDeAtivacao, str chave, str dadosCancelamento)'),
      consultarSat: f('str ConsultarSAT(int numeroSessao)'),
      testeFimAFim: f('str TesteFimAFim(int numeroSessao, str codigoDeAtivacao, str dadosVenda)'),
      consultarStatusOperacional: f('str ConsultarStatusOperacional(int numeroSessao, str codigoDeAtivacao)'),
      consultarNumeroSessao: f('str ConsultarNumeroSessao(int numeroSessao, str codigoDeAtivacao, int cNumeroDeSessao)'),
      associarAssinatura: f('str AssociarAssinatura(int numeroSessao, str codigoDeAtivacao, str CNPJvalue, str assinaturaCNPJs)'),
      consultarUltimaSessaoFiscal: f('str ConsultarUltimaSessaoFiscal(int numeroSessao, str codigoDeAtivacao)'),
      bloquearSat: f('str BloquearSAT(int numeroSessao, str codigoDeAtivacao)'),
      desbloquearSat: f('str DesbloquearSAT(int numeroSessao, str codigoDeAtivacao)'),
    };
  }

  ativarSat(session: number, subCommand: number, activationCode: string, cnpj: string, ufCode: number): string {
    return this.fns.ativarSat(session, subCommand, activationCode, cnpj, ufCode) as string;
  }
  comunicarCertificadoIcpBrasil(session: number, activationCode: string, certificate: string): string {
    return this.fns.comunicarCertificadoIcpBrasil(session, activationCode, certificate) as string;
  }
  enviarDadosVenda(session: number, activationCode: string, dadosVenda: string): string {
    return this.fns.enviarDadosVenda(session, activationCode, dadosVenda) as string;
  }
  cancelarUltimaVenda(session: number, activationCode: string, accessKey: string, dadosCancelamento: string): string {
    return this.fns.cancelarUltimaVenda(session, activationCode, accessKey, dadosCancelamento) as string;
  }
  consultarSat(session: number): string {
    return this.fns.consultarSat(session) as string;
  }
  testeFimAFim(session: number, activationCode: string, dadosVenda: string): string {
    return this.fns.testeFimAFim(session, activationCode, dadosVenda) as string;
  }
  consultarStatusOperacional(session: number, activationCode: string): string {
    return this.fns.consultarStatusOperacional(session, activationCode) as string;
  }
  consultarNumeroSessao(session: number, activationCode: string, sessionToQuery: number): string {
    return this.fns.consultarNumeroSessao(session, activationCode, sessionToQuery) as string;
  }
  associarAssinatura(session: number, activationCode: string, cnpjs: string, signature: string): string {
    return this.fns.associarAssinatura(session, activationCode, cnpjs, signature) as string;
  }
  consultarUltimaSessaoFiscal(session: number, activationCode: string): string {
    return this.fns.consultarUltimaSessaoFiscal(session, activationCode) as string;
  }
  bloquearSat(session: number, activationCode: string): string {
    return this.fns.bloquearSat(session, activationCode) as string;
  }
  desbloquearSat(session: number, activationCode: string): string {
    return this.fns.desbloquearSat(session, activationCode) as string;
  }

  close(): void {
    this.lib.unload();
  }
}
