import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referencePaths } from '../shared/reference-paths.js';

export type SefazService =
  | 'NfeAutorizacao'
  | 'NfeRetAutorizacao'
  | 'NfeInutilizacao'
  | 'NfeConsultaProtocolo'
  | 'NfeStatusServico'
  | 'RecepcaoEvento'
  | 'NfeConsultaQR';

export interface ServiceEndpoint {
  url: string;
  operation: string; // e.g. NFeAutorizacao4 (names the SOAP namespace)
  method: string;
  version: string;
}

type EndpointTable = Map<string, { homologation: Map<string, ServiceEndpoint>; production: Map<string, ServiceEndpoint> }>;

let cached: { dir: string; table: EndpointTable; authorizers: Record<string, string> } | undefined;

function parseEnvironment(block: string | undefined): Map<string, ServiceEndpoint> {
  const services = new Map<string, ServiceEndpoint>();
  if (!block) return services;
  const pattern = /<(\w+)\s+method="([^"]*)"\s+operation="([^"]*)"\s+version="([^"]*)"\s*>([^<]+)<\/\1>/g;
  for (const match of block.matchAll(pattern)) {
    services.set(match[1], { method: match[2], operation: match[3], version: match[4], url: match[5].trim() });
  }
  return services;
}

/** Parses the shared wsnfe_4.00_mod65.xml (endpoints per authorizer) at runtime. */
function load(): NonNullable<typeof cached> {
  const dir = referencePaths.sefazDir();
  if (cached && cached.dir === dir) return cached;
  const xml = readFileSync(join(dir, 'wsnfe_4.00_mod65.xml'), 'utf8');
  const table: EndpointTable = new Map();
  for (const ufBlock of xml.matchAll(/<UF>([\s\S]*?)<\/UF>/g)) {
    const sigla = /<sigla>(\w+)<\/sigla>/.exec(ufBlock[1])?.[1];
    if (!sigla) continue;
    table.set(sigla, {
      homologation: parseEnvironment(/<homologacao>([\s\S]*?)<\/homologacao>/.exec(ufBlock[1])?.[1]),
      production: parseEnvironment(/<producao>([\s\S]*?)<\/producao>/.exec(ufBlock[1])?.[1]),
    });
  }
  const authorizers = JSON.parse(readFileSync(join(dir, 'autorizadores.json'), 'utf8'))['65'] as Record<string, string>;
  cached = { dir, table, authorizers };
  return cached;
}

/**
 * Endpoint of a web service for the store's UF. Most states use the SVRS virtual authorizer for
 * model 65 (autorizadores.json); the QR lookup URL is always the state's own.
 */
export function sefazEndpoint(uf: string, environment: 'production' | 'homologation', service: SefazService): ServiceEndpoint {
  const { table, authorizers } = load();
  const owner = service === 'NfeConsultaQR' ? uf : (authorizers[uf] ?? uf);
  const endpoint = table.get(owner)?.[environment].get(service);
  if (!endpoint) throw new Error(`no ${service} endpoint for ${uf} (${owner}) in ${environment}`);
  return endpoint;
}

/** Public "consulte pela chave de acesso" URL printed on the DANFE (urlChave). */
let consultTable: { dir: string; table: Record<string, Record<string, string>> } | undefined;

export function consultByKeyUrl(uf: string, environment: 'production' | 'homologation'): string {
  const dir = referencePaths.sefazDir();
  if (consultTable?.dir !== dir) {
    consultTable = { dir, table: JSON.parse(readFileSync(join(dir, 'uri_consulta_nfce.json'), 'utf8')) };
  }
  const url = consultTable.table[environment === 'production' ? '1' : '2']?.[uf];
  if (!url) throw new Error(`no NFC-e consultation URL for ${uf}`);
  return url;
}
