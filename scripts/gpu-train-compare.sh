#!/usr/bin/env bash
# The GPU path, proven: trains the ranker and the sequence recommender on the medium generated shop on the GPU and on
# the CPU, same seed, same data, and prints seconds per epoch, examples per second and the metric of each.
# Needs an NVIDIA GPU and a CUDA build of libtorch 2.7.1 that DJL loads (README, "Using a GPU"), for example from a
# Python PyTorch installation: export PYTORCH_LIBRARY_PATH=$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__)+"/lib")')
#   PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu124
# Usage: scripts/gpu-train-compare.sh [WORK_DIR] [EPOCHS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$root/target/gpu-check}"
epochs="${2:-3}"
export MERCHLAB_BUILD_ARGS=-Pgpu MERCHLAB_HOME="$work/home"
mkdir -p "$work"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
ml() { "$root/merchlab" "$@"; }
[ -f "$work/medium/products.csv" ] || ml generate --out "$work/medium" --size medium
if [ ! -f "$work/medium.db" ]; then
  ml import -w "$work/medium.db" --catalog "$work/medium/products.csv" --events "$work/medium/events.csv"
  ml encode -w "$work/medium.db"
fi
for model in ranker sequence; do
  for device in gpu cpu; do
    echo "training $model on $device" >&2
    ml train -w "$work/medium.db" --model "$model" --device "$device" --epochs "$epochs" --seed 7 --json \
      > "$work/$model-$device.json"
  done
done
for f in "$work"/*-gpu.json "$work"/*-cpu.json; do
  echo "$(basename "$f" .json): $(tr -d '\n' < "$f" | grep -o '"device":"[a-z]*"\|"epochs":[0-9]*\|"seconds":[0-9.]*\|"examplesPerSecond":[0-9.]*\|"auc":[0-9.]*\|"ndcg@10":[0-9.]*' | tr '\n' ' ')"
done
