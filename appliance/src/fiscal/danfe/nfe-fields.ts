import { firstElement, firstTagText } from '../shared/xml-text.js';

/** What the A4 DANFE prints, read from the NF-e itself (procNFe when authorized). */
export interface NfeFields {
  accessKey: string;
  number: string;
  series: string;
  natOp: string;
  issuedAt: string; // dhEmi, local with offset
  homologation: boolean;
  emit: Party & { tradeName?: string; crt: string };
  dest: Party & { email?: string };
  items: NfeItemFields[];
  totals: Record<'vBC' | 'vICMS' | 'vBCST' | 'vST' | 'vProd' | 'vFrete' | 'vSeg' | 'vDesc' | 'vOutro' | 'vIPI' | 'vPIS' | 'vCOFINS' | 'vNF', string>;
  freightMode: string;
  protocol?: { number: string; receivedAt: string };
  additionalInfo: string;
}

export interface Party {
  cnpj: string;
  name: string;
  street: string;
  number: string;
  complement?: string;
  district: string;
  cityName: string;
  uf: string;
  cep: string;
  phone?: string;
  ie: string;
}

export interface NfeItemFields {
  code: string;
  description: string;
  ncm: string;
  cst: string; // orig + CST, or orig + CSOSN
  cfop: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  total: string;
  icmsBase: string;
  icmsValue: string;
  icmsRate: string;
}

const text = (xml: string | undefined, tag: string, fallback = '') => (xml ? (firstTagText(xml, tag) ?? fallback) : fallback);

function allElements(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, 'g')) ?? [];
}

function party(xml: string | undefined, addressTag: string): Party {
  const address = xml ? firstElement(xml, addressTag) : undefined;
  return {
    cnpj: text(xml, 'CNPJ') || text(xml, 'CPF'),
    name: text(xml, 'xNome'),
    street: text(address, 'xLgr'),
    number: text(address, 'nro'),
    complement: text(address, 'xCpl') || undefined,
    district: text(address, 'xBairro'),
    cityName: text(address, 'xMun'),
    uf: text(address, 'UF'),
    cep: text(address, 'CEP'),
    phone: text(address, 'fone') || undefined,
    ie: text(xml, 'IE') || (text(xml, 'indIEDest') === '2' ? 'ISENTO' : ''),
  };
}

function item(det: string): NfeItemFields {
  const icms = firstElement(det, 'ICMS') ?? '';
  return {
    code: text(det, 'cProd'),
    description: text(det, 'xProd'),
    ncm: text(det, 'NCM'),
    cst: text(icms, 'orig') + (text(icms, 'CST') || text(icms, 'CSOSN')),
    cfop: text(det, 'CFOP'),
    unit: text(det, 'uCom'),
    quantity: text(det, 'qCom'),
    unitPrice: text(det, 'vUnCom'),
    total: text(det, 'vProd'),
    icmsBase: text(icms, 'vBC', '0.00'),
    icmsValue: text(icms, 'vICMS', '0.00'),
    icmsRate: text(icms, 'pICMS', '0.00'),
  };
}

export function readNfeFields(xml: string): NfeFields {
  const inf = firstElement(xml, 'infNFe')!;
  const ide = firstElement(inf, 'ide');
  const emit = firstElement(inf, 'emit');
  const totals = firstElement(inf, 'ICMSTot');
  const prot = firstElement(xml, 'infProt');
  const keys = ['vBC', 'vICMS', 'vBCST', 'vST', 'vProd', 'vFrete', 'vSeg', 'vDesc', 'vOutro', 'vIPI', 'vPIS', 'vCOFINS', 'vNF'] as const;
  return {
    accessKey: /Id="NFe([0-9A-Z]{44})"/.exec(inf)![1],
    number: text(ide, 'nNF'),
    series: text(ide, 'serie'),
    natOp: text(ide, 'natOp'),
    issuedAt: text(ide, 'dhEmi'),
    homologation: text(ide, 'tpAmb') === '2',
    emit: { ...party(emit, 'enderEmit'), tradeName: text(emit, 'xFant') || undefined, crt: text(emit, 'CRT') },
    dest: { ...party(firstElement(inf, 'dest'), 'enderDest'), email: text(firstElement(inf, 'dest'), 'email') || undefined },
    items: allElements(inf, 'det').map(item),
    totals: Object.fromEntries(keys.map((k) => [k, text(totals, k, '0.00')])) as NfeFields['totals'],
    freightMode: text(firstElement(inf, 'transp'), 'modFrete'),
    protocol: prot ? { number: text(prot, 'nProt'), receivedAt: text(prot, 'dhRecbto') } : undefined,
    additionalInfo: text(firstElement(inf, 'infAdic'), 'infCpl'),
  };
}
