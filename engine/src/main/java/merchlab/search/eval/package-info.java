/** Retrieval quality and speed evaluations: NDCG@10 on generated shops, BM25 on real Taobao queries, latency benchmarks. */
package merchlab.search.eval;
