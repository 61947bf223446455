/** Product retrieval: BM25 full-text search, exact semantic top-k over quantised vectors, and their fusion into candidates. */
package merchlab.search;
