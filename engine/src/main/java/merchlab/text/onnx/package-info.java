/** Pretrained ONNX text encoders loaded from Maven model jars and run through DJL's ONNX Runtime engine. */
package merchlab.text.onnx;
