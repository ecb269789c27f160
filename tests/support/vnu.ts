/**
 * The W3C Nu Html Checker (npm `vnu-jar`, run with the machine's Java) over
 * built pages: its errors, readable (file below build/, line, message, the
 * markup), and whether it ran at all.
 */
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';

const VNU = (createRequire(__filename)('vnu-jar') as string) ?? '';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export function vnuErrors(files: readonly string[]): {errors: string[]; status: number | null; error?: Error} {
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const {messages} = JSON.parse(result.stderr || '{"messages":[]}') as {messages: VnuMessage[]};
  const errors = messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${message.url.replace(/^file:.*?\/build\//, '')}:${message.lastLine ?? '?'} ${message.message} »${(message.extract ?? '').trim().slice(0, 80)}«`);
  return {errors, status: result.status, ...(result.error ? {error: result.error} : {})};
}
