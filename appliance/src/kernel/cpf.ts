/** Brazilian taxpayer id (CPF) rules, shared by customer records and fiscal documents. */
/** A CPF with valid check digits, digits only (11); repeated-digit CPFs are invalid by rule. */
export function isValidCpf(value: string): boolean {
  if (!/^\d{11}$/.test(value) || /^(\d)\1{10}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const checkDigit = (length: number) => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += digits[i] * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return checkDigit(9) === digits[9] && checkDigit(10) === digits[10];
}

export function normalizeCpf(value: string): string {
  return value.replace(/[.\-\s]/g, '');
}

/** A CPF with only its middle six digits shown (***.982.247-**), as the masked CPF of public documents. */
export function maskCpf(cpf: string): string {
  return /^\d{11}$/.test(cpf) ? `***.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-**` : '***';
}

/** A CPF as people read it (529.982.247-25); anything that is not 11 digits unchanged. */
export function formatCpf(value: string): string {
  return value.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
}
