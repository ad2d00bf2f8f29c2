#!/bin/sh
# Runs every Netcase test: model and core tests headless, UI tests in a real workbench on a
# virtual display. Extra arguments go to Maven, e.g. ./test.sh -Dnetcase.checkGenerated=true
set -e
cd "$(dirname "$0")"
. releng/scripts/environment.sh
use_jdk21
require_gui_runtime
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
