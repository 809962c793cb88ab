/**
 * Resources for tests: loaded once per test file (each file runs in its own process) and shared by its
 * tests, so no test pays the KB and lexicon load twice. `testContext()` is the stage context over them.
 */
import { createResources, loadResources, type Resources } from '../../src/resources/index.js';
import type { KnowledgeBase } from '../../src/kb/index.js';
import type { Lexicon } from '../../src/lexicon/index.js';
import { stageContext, type StageContext } from '../../src/nlp/stage.js';

let shared: Resources | null = null;

/** The built-in resources (KB with gazetteer, event lexicon), loaded on first use. */
export const testResources = (): Resources => (shared ??= loadResources());

/** A stage context over the shared test resources; diagnostics discarded unless a sink is given. */
export const testContext = (diagnose?: StageContext['diagnose']): StageContext => stageContext(testResources(), diagnose);

let bare: Resources | null = null;
/**
 * A context without KB or lexicon, for the stages that read neither (tokens, dates, figures, quotes):
 * no KB load at all, only the memo tables (the tokenizer's model). A stage that reads the KB or the
 * lexicon fails loudly on it (`undefined` property access).
 */
export const bareContext = (): StageContext => stageContext((bare ??= createResources({} as KnowledgeBase, {} as Lexicon)));
