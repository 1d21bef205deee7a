#!/usr/bin/env bash
# Run from the repository root. Counts for issue 11's closing note.
# public top-level types per module: a file whose top-level declaration is public (all packages / outside internal)
for m in core i18n examples jakarta; do
  [ -d $m/src/main/java ] || continue
  all=$(grep -lE '^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) ' -r $m/src/main/java --include=*.java | wc -l)
  ni=$(grep -lE '^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) ' -r $m/src/main/java --include=*.java | grep -v '/internal/' | wc -l)
  echo "$m: $all public top-level types ($ni outside io.healthpage.internal)"
done
