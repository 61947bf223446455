/** Encoder throughput benchmark: the full encoding pipeline against a bare ONNX Runtime session on the same inputs. */
package merchlab.text.bench;
