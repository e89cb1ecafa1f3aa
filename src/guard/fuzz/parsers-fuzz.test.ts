// CI-sized fuzz run: the same properties as `npm run fuzz`, with fewer generated inputs per parser.
import { registerFuzzTests } from './register.js';

await registerFuzzTests(100, 30);
