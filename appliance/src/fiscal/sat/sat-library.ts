/**
 * The SAT vendor library (ER SAT-CF-e, libsat.so / dllsat.dll), one method per exported C
 * function; each returns the raw pipe-separated answer. The MF-e of Ceará (Módulo Fiscal
 * Eletrônico) exposes the same functions through its integrator and fits this port unchanged.
 */
export interface SatLibrary {
  ativarSat(session: number, subCommand: number, activationCode: string, cnpj: string, ufCode: number): string;
  comunicarCertificadoIcpBrasil(session: number, activationCode: string, certificate: string): string;
  enviarDadosVenda(session: number, activationCode: string, dadosVenda: string): string;
  cancelarUltimaVenda(session: number, activationCode: string, accessKey: string, dadosCancelamento: string): string;
  consultarSat(session: number): string;
  testeFimAFim(session: number, activationCode: string, dadosVenda: string): string;
  consultarStatusOperacional(session: number, activationCode: string): string;
  consultarNumeroSessao(session: number, activationCode: string, sessionToQuery: number): string;
  associarAssinatura(session: number, activationCode: string, cnpjs: string, signature: string): string;
  consultarUltimaSessaoFiscal(session: number, activationCode: string): string;
  bloquearSat(session: number, activationCode: string): string;
  desbloquearSat(session: number, activationCode: string): string;
  close?(): void;
}
