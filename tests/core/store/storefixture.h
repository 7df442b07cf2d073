#pragma once
// A fresh workspace in a scratch folder, with a few partners, for store tests.

#include "testsupport.h"

#include "domain/partner.h"
#include "store/workspace.h"

namespace trellis::test {

/// A new workspace (en, es, fa, ar, zh) in a scratch folder.
struct WorkspaceFixture {
    ScratchDir dir;
    store::Workspace ws;
    WorkspaceFixture();
    QString path() const { return ws.path(); }
    /// Adds a partner named in its own language and returns its id.
    qint64 addPartner(const QString &name, const QString &language);
    /// The first column of the first row of sql, a count or an id.
    qint64 count(const QString &sql);
};

/// The first column of the first row of sql on ws, a count or an id.
qint64 scalar(store::Workspace &ws, const QString &sql);
/// Opens a writable copy of tests/data/name in dir, upgraded as a user's older file would be.
store::Workspace openCopy(const ScratchDir &dir, const QString &name);

} // namespace trellis::test
