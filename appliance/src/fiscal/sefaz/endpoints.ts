import { existsSync, readFileSync } from 'node:fs';
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

type LoadedTable = { dir: string; table: EndpointTable; authorizers: Record<string, string> };
const cached = new Map<number, LoadedTable>();

function parseEnvironment(block: string | undefined): Map<string, ServiceEndpoint> {
  const services = new Map<string, ServiceEndpoint>();
  if (!block) return services;
  const pattern = /<(\w+)\s+method="([^"]*)"\s+operation="([^"]*)"\s+version="([^"]*)"\s*>([^<]+)<\/\1>/g;
  for (const match of block.matchAll(pattern)) {
    services.set(match[1], { method: match[2], operation: match[3], version: match[4], url: match[5].trim() });
  }
  return services;
}

export type DocumentModel = 55 | 65;

/** True when the reference folder has the endpoint table of this model (wsnfe_4.00_mod55.xml for NF-e). */
export function endpointTableAvailable(model: DocumentModel): boolean {
  return existsSync(join(referencePaths.sefazDir(), `wsnfe_4.00_mod${model}.xml`));
}

/** Parses the shared wsnfe_4.00_mod<model>.xml (endpoints per authorizer) at runtime. */
function load(model: DocumentModel): LoadedTable {
  const dir = referencePaths.sefazDir();
  const known = cached.get(model);
  if (known && known.dir === dir) return known;
  const xml = readFileSync(join(dir, `wsnfe_4.00_mod${model}.xml`), 'utf8');
  const table: EndpointTable = new Map();
  for (const ufBlock of xml.matchAll(/<UF>([\s\S]*?)<\/UF>/g)) {
    const sigla = /<sigla>(\w+)<\/sigla>/.exec(ufBlock[1])?.[1];
    if (!sigla) continue;
    table.set(sigla, {
      homologation: parseEnvironment(/<homologacao>([\s\S]*?)<\/homologacao>/.exec(ufBlock[1])?.[1]),
      production: parseEnvironment(/<producao>([\s\S]*?)<\/producao>/.exec(ufBlock[1])?.[1]),
    });
  }
  const authorizers = JSON.parse(readFileSync(join(dir, 'autorizadores.json'), 'utf8'))[String(model)] as Record<string, string>;
  const loaded = { dir, table, authorizers };
  cached.set(model, loaded);
  return loaded;
}

/**
 * Endpoint of a web service for the store's UF and document model. Most states use the SVRS
 * virtual authorizer for model 65 (autorizadores.json); the QR lookup URL is always the state's own.
 */
export function sefazEndpoint(uf: string, environment: 'production' | 'homologation', service: SefazService, model: DocumentModel = 65): ServiceEndpoint {
  const { table, authorizers } = load(model);
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
