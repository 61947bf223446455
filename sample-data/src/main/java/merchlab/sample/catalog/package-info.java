/** The generated shop's catalog: its bilingual vocabulary, category tree, brands and the products drawn from them. */
package merchlab.sample.catalog;
