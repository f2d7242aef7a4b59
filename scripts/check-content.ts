/**
 * `npm run check`: validates all of content/ without building the site and
 * prints one line per problem, then one per warning. Exits 1 when there is any problem;
 * warnings never change the exit code.
 */
import { runCheck } from './run-check.ts';

process.exitCode = runCheck(process.cwd());
