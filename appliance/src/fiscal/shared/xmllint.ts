import { spawn } from 'node:child_process';

export interface SchemaValidation {
  valid: boolean;
  /** xmllint's messages (errors name the file and line). */
  output: string;
}

function run(command: string, args: string[], stdin?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
    if (stdin !== undefined) {
      // A tool that exits early (bad arguments) closes its stdin; its exit code tells the story.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(stdin);
    }
  });
}

/** Validates files against an XSD in ONE xmllint process (schema compiled once). */
export async function validateFiles(schemaPath: string, files: string[]): Promise<SchemaValidation> {
  const { code, output } = await run('xmllint', ['--noout', '--nonet', '--schema', schemaPath, ...files]);
  return { valid: code === 0, output };
}

/** Validates an XML string given on stdin. */
export async function validateXml(schemaPath: string, xml: string): Promise<SchemaValidation> {
  const { code, output } = await run('xmllint', ['--noout', '--nonet', '--schema', schemaPath, '-'], xml);
  return { valid: code === 0, output };
}

export { run as runProcess };
