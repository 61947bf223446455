/** Query-understanding evaluations: brand and product-word extraction on the real Taobao NER titles and queries. */
package merchlab.query.eval;
