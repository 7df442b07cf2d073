#pragma once
// Shared GUI test tools: a demo workspace copied fresh for each test, and a main window over it.

#include "testsupport.h"

#include "store/workspace.h"

namespace trellis::test {

/// A fresh copy of a 600-entry demo alliance (written once per test run) in dir.
QString demoCopy(const ScratchDir &dir);
/// Opens it (no daily backup, to keep tests quick).
store::Workspace openDemo(const ScratchDir &dir);

} // namespace trellis::test
