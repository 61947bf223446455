package merchlab.search;

import java.util.Set;

/**
 * One product proposed for a query by the hybrid retriever, with what each retriever thought of it.
 *
 * @param productId     the product
 * @param score         the fused score (reciprocal rank fusion; higher is better)
 * @param lexicalRank   1-based rank in the lexical list, 0 when lexical search did not list it
 * @param lexicalScore  BM25 score for the query (0 when the product does not match any query word)
 * @param semanticRank  1-based rank in the semantic list, 0 when semantic search did not list it
 * @param semanticScore cosine similarity of query and product embeddings
 * @param foundBy       the retrievers that listed it
 */
public record Candidate(String productId, double score, int lexicalRank, double lexicalScore, int semanticRank,
                        double semanticScore, Set<Retriever> foundBy) {
    public Candidate {
        foundBy = Set.copyOf(foundBy);
    }
}
