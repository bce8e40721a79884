import koffi, { type LibraryHandle } from 'koffi';
import type { CliSiTefLibrary, ContinueResult, FiscalCoupon, StartRequest } from './clisitef-library.js';

const BUFFER_SIZE = 20_000;

type KoffiFunction = ReturnType<LibraryHandle['func']>;

function callAsync(fn: KoffiFunction, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => fn.async(...args, (error: unknown, result: unknown) => (error ? reject(error) : resolve(result))));
}

/**
 * Loads the vendor's libclisitef.so (or the in-repo emulator) with koffi. The buffer of
 * ContinuaFuncaoSiTefInterativo is one Node buffer reused across calls: the library reads the
 * answer from it and writes the next message or field into it. Text is Latin-1, as CliSiTef sends it.
 */
export class KoffiCliSiTefLibrary implements CliSiTefLibrary {
  private readonly lib: LibraryHandle;
  private readonly buffer = Buffer.alloc(BUFFER_SIZE);
  private readonly fns;

  constructor(path: string) {
    this.lib = koffi.load(path);
    const f = (signature: string) => this.lib.func(signature);
    this.fns = {
      configure: f('int ConfiguraIntSiTefInterativo(const char *IPSiTef, const char *IdLoja, const char *IdTerminal, short Reservado)'),
      start: f(
        'int IniciaFuncaoSiTefInterativo(int Funcao, const char *Valor, const char *CupomFiscal, const char *DataFiscal, const char *HoraFiscal, const char *Operador, const char *ParamAdic)',
      ),
      continue: f(
        'int ContinuaFuncaoSiTefInterativo(_Out_ int *Comando, _Out_ long *TipoCampo, _Out_ short *TamMinimo, _Out_ short *TamMaximo, uint8_t *Buffer, int TamBuffer, int Continua)',
      ),
      finish: f('void FinalizaFuncaoSiTefInterativo(short Confirma, const char *CupomFiscal, const char *DataFiscal, const char *HoraFiscal, const char *ParamAdic)'),
      pendingCount: f('int ObtemQuantidadeTransacoesPendentes(const char *DataFiscal, const char *CupomFiscal)'),
    };
  }

  configure(server: string, storeCode: string, terminalId: string): number {
    return this.fns.configure(server, storeCode, terminalId, 0) as number;
  }

  async start(request: StartRequest): Promise<number> {
    const { coupon } = request;
    return (await callAsync(this.fns.start, request.functionCode, request.amount, coupon.number, coupon.date, coupon.time, request.operator, '')) as number;
  }

  async continue(answer: string, proceed: boolean): Promise<ContinueResult> {
    const command = [0];
    const fieldId = [0];
    const minLength = [0];
    const maxLength = [0];
    this.buffer.fill(0);
    this.buffer.write(answer, 'latin1');
    const code = (await callAsync(this.fns.continue, command, fieldId, minLength, maxLength, this.buffer, BUFFER_SIZE, proceed ? 0 : -1)) as number;
    const end = this.buffer.indexOf(0);
    return {
      code,
      command: command[0],
      fieldId: Number(fieldId[0]),
      minLength: minLength[0],
      maxLength: maxLength[0],
      text: this.buffer.toString('latin1', 0, end < 0 ? BUFFER_SIZE : end),
    };
  }

  async finish(confirm: boolean, coupon: FiscalCoupon): Promise<void> {
    await callAsync(this.fns.finish, confirm ? 1 : 0, coupon.number, coupon.date, coupon.time, '');
  }

  pendingCount(coupon: FiscalCoupon): number {
    return this.fns.pendingCount(coupon.date, coupon.number) as number;
  }

  close(): void {
    this.lib.unload();
  }
}
