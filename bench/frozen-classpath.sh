# Sourced by the A/B benchmark scripts: sets $cp to the test classpath with a frozen copy of the compiled classes in
# target/$1, so that a build during the runs cannot change one side's code. The jars are taken as the compiler gets
# them (the dependency plugin's own dependencies are not in every offline repository); SKIP_BUILD=1 reuses the last.
[ "${SKIP_BUILD:-}" = 1 ] && [ -s target/bench-classpath.txt ] || \
./mvnw -o -X test-compile 2>/dev/null | sed -n 's/^\[DEBUG\] -d .*test-classes -classpath \([^ ]*\) .*/\1/p' \
  | head -1 | tr ':' '\n' | grep '\.jar$' | paste -sd: > target/bench-classpath.txt
test -s target/bench-classpath.txt || { echo "no test classpath from the build" >&2; exit 1; }
rm -rf "target/$1" && mkdir -p "target/$1" && cp -r target/classes target/test-classes "target/$1/"
cp="target/$1/test-classes:target/$1/classes:$(cat target/bench-classpath.txt)"
