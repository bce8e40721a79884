import { printTemplateMessages } from '../devices/printer/templates/messages.pt-BR.js';

export const printingMessages: Record<string, string> = {
  ...printTemplateMessages,
  PRINTER_NOT_FOUND: 'Impressora não encontrada.',
  PRINT_ORDER_NOT_PAID: 'Este pedido ainda não foi pago: não há comprovante para reimprimir.',
  PRINT_RECEIPT_PRINTER_MISSING: 'Nenhuma impressora de cupons configurada. Configure em Impressoras no back office.',
  PRINT_KITCHEN_PRINTER_MISSING: 'Nenhuma impressora de cozinha configurada para a praça {station}. Configure em Impressoras no back office.',
  PRINT_REPORT_PRINTER_MISSING: 'Nenhuma impressora de relatórios configurada. Configure em Impressoras no back office.',
  PRINTER_PROFILE_NOT_FOUND: 'Modelo de impressora desconhecido: {profileId}.',
  PRINTER_PROFILE_NOT_PRINTER: 'O modelo {profileId} não é uma impressora.',
  PRINTER_TRANSPORT_NOT_SUPPORTED: 'Este modelo de impressora não tem essa forma de conexão.',
  PRINTER_BACKUP_INVALID: 'A impressora reserva precisa ser outra impressora cadastrada.',
  PRINT_JOB_NOT_FOUND: 'Impressão não encontrada.',
  PRINT_JOB_NOT_FAILED: 'Só é possível reenviar uma impressão que falhou.',
  PRINTER_UNREACHABLE: 'Impressora fora de alcance: verifique cabo, rede e energia.',
  PRINTER_CONNECTION_LOST: 'A conexão com a impressora caiu durante a impressão.',
  PRINTER_TIMEOUT: 'A impressora não respondeu a tempo.',
  PRINTER_NOT_READY: 'Impressora não está pronta (tampa aberta ou sem papel).',
  PRINTER_TRANSPORT_UNAVAILABLE: 'A porta da impressora não está disponível neste equipamento.',
  PRINT_TEMPLATE_INVALID: 'Dados inválidos para o modelo de impressão {template}.',
  PRINT_RENDER_FAILED: 'Não foi possível montar a impressão com os dados recebidos.',
  PRINTER_NOT_CONFIGURED: 'A impressora deste trabalho não está mais cadastrada.',
};
