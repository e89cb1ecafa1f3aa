// The `trustline` command line: builds the program from the command modules and maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import { AppError } from '../errors/app-error.js';
import { commandModules } from './commands/index.js';

export async function buildProgram(): Promise<Command> {
  const program = new Command('trustline')
    .description('Trustline: verify identity, location, device and behaviour of remote staff and candidates')
    .showHelpAfterError()
    .exitOverride();
  const core = [import('./commands/import.js'), import('./commands/people.js'), import('./commands/person.js'), import('./commands/serve.js')];
  for (const mod of await Promise.all([...core, ...commandModules.map((m) => m())])) mod.register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // One place turns a failed command into a message and an exit code; commands only throw.
    const name = program.args[0] ? `trustline ${program.args[0]}` : 'trustline';
    if (e instanceof AppError) { process.stderr.write(`${name}: ${e.message}\n`); return e.code === 'DB_BUSY' ? 3 : 1; }
    const detail = e instanceof Error ? (process.env.TRUSTLINE_DEBUG ? e.stack ?? e.message : e.message) : String(e);
    process.stderr.write(`${name}: ${detail}\n`);
    return 1;
  }
}
