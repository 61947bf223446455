package merchlab.search;

/**
 * Which retriever put a product among its candidates.
 */
public enum Retriever {
    /** BM25 full-text search. */
    LEXICAL,
    /** Embedding similarity. */
    SEMANTIC
}
