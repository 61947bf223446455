/** The machinery of exact semantic top-k: int8 codes and their dot-product kernels, float rows for rescoring, bounded heaps. */
package merchlab.search.semantic;
