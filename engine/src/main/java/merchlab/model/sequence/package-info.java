/** The sequence recommender: frozen product text embeddings through a trained adapter and a self-attention encoder over the shopper's recent history, trained with the PyTorch engine. */
package merchlab.model.sequence;
