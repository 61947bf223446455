/** Features: the fitted pipeline that turns a shopper, a query, a context and a product into the ranker's named inputs. */
package merchlab.features;
