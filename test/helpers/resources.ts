/**
 * Resources for tests: loaded once per test file (each file runs in its own process) and shared by its
 * tests, so no test pays the KB and lexicon load twice. `testContext()` is the stage context over them.
 */
import { loadResources, type Resources } from '../../src/resources/index.js';
import { stageContext, type StageContext } from '../../src/nlp/stage.js';

let shared: Resources | null = null;

/** The built-in resources (KB with gazetteer, event lexicon), loaded on first use. */
export const testResources = (): Resources => (shared ??= loadResources());

/** A stage context over the shared test resources; diagnostics discarded unless a sink is given. */
export const testContext = (diagnose?: StageContext['diagnose']): StageContext => stageContext(testResources(), diagnose);
