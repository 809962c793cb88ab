/** STUB — knowledge base; replaced by the language-layer work. */
export interface KnowledgeBase { readonly version: string }
export function loadKnowledgeBase(_opts: { extraFiles?: string[] } = {}): KnowledgeBase { return { version: 'stub' }; }
