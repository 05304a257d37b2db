#!/bin/sh
# Settlements per second and 100,000 random property cases, in release. Not part of `swift test`.
set -eu
cd "$(dirname "$0")/.."
exec swift run -c release RefundBench "$@"
