#!/bin/sh
# Starts the Netcase workbench, building it first when the product is missing or older than the
# sources. Arguments go to the workbench, e.g. ./netcase.sh -data /tmp/other-network
set -e
cd "$(dirname "$0")"
. releng/scripts/environment.sh
use_jdk21
require_gui_runtime

product=releng/org.netcase.product/target/products/org.netcase.product/linux/gtk/x86_64/netcase/netcase
if [ ! -x "$product" ] || [ -n "$(find bundles features releng/org.netcase.product releng/org.netcase.target \
		-path '*/target' -prune -o -type f -newer "$product" -print | head -n 1)" ]; then
	echo "Building Netcase (the first build downloads the Eclipse platform from Maven Central) ..."
	./mvnw -B -q -DskipTests verify
	touch "$product"
fi

if [ -z "$DISPLAY" ]; then
	echo "No display: starting Netcase on a virtual screen (:99). Screenshot: DISPLAY=:99 import -window root netcase.png"
	Xvfb :99 -screen 0 1280x1024x24 >/dev/null 2>&1 &
	export DISPLAY=:99
	sleep 1
fi
exec "$product" "$@"
