import { formatCnpj, isNumericCnpj } from '../../kernel/cnpj.js';
import { AppError } from '../../kernel/errors.js';

/**
 * The CF-e layout 0.08 (CfeDadosVendaAPL_0008.xsd) has only numeric CNPJs (emit, dest): a store or
 * consumer with an alphanumeric CNPJ (IN RFB 2.229/2024) is refused with its code instead of
 * sending the equipment a CF-e its schema rejects.
 */
export function assertCfeTakesCnpj(storeCnpj: string, consumerCnpj?: string): void {
  const refuse = (code: string, cnpj: string) => new AppError(code, 422, code, { cnpj }, { cnpj: formatCnpj(cnpj) });
  if (!isNumericCnpj(storeCnpj)) throw refuse('FISCAL_SAT_CNPJ_ALPHANUMERIC', storeCnpj);
  if (consumerCnpj !== undefined && !isNumericCnpj(consumerCnpj)) throw refuse('FISCAL_SAT_CONSUMER_CNPJ_ALPHANUMERIC', consumerCnpj);
}
