/** The product catalog: products as the shop describes them. */
package merchlab.catalog;
