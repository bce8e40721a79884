export interface EmitterAddress {
  street: string;
  number: string;
  complement?: string;
  district: string;
  cityCode: string; // IBGE, 7 digits
  cityName: string;
  uf: string;
  cep: string; // 8 digits
  phone?: string;
}

/** Everything a store needs to issue NFC-e; see docs/fiscal.md for going live. */
export interface EmitterConfig {
  cnpj: string;
  ie: string;
  legalName: string;
  tradeName?: string;
  /** 1 Simples Nacional, 2 SN excess, 3 regime normal, 4 MEI. */
  crt: 1 | 2 | 3 | 4;
  address: EmitterAddress;
  series: number;
  cscId: string;
  cscToken: string;
  certificate: { pfx: Buffer; password: string };
  environment: 'production' | 'homologation';
  /** QR code layout; 3 needs no CSC (NT 2025.001). Default 2. */
  qrCodeVersion?: 2 | 3;
  /** Emit the 2026 IBS/CBS groups (PL_010) for items that carry them. */
  taxReformGroups?: boolean;
  /** Store time zone for dhEmi; default America/Sao_Paulo. */
  timeZone?: string;
  /** Replaces the SEFAZ host (the in-repo simulator). */
  sefazBaseUrl?: string;
  /** Above this the sale is issued in offline contingency at once. Default 5000 ms. */
  sefazTimeoutMs?: number;
  /** Trust anchor for the SEFAZ server certificate (PEM); default: Node's CA store. */
  sefazCaPem?: string;
  softwareVersion?: string;
}

export function tpAmb(config: Pick<EmitterConfig, 'environment'>): 1 | 2 {
  return config.environment === 'production' ? 1 : 2;
}
