#pragma once

#include "team/TeamTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RoleDialog;
}

namespace csirtkit {

class WorkspaceSession;

// Edits a role of the catalogue for this workspace (names, duties, group, load, skills, minimal, hidden)
// or adds one of the team's own. OK saves as one undoable edit.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    RoleDialog(WorkspaceSession *session, const EffectiveRole &role, QWidget *parent = nullptr);
    ~RoleDialog() override;

    EffectiveRole role() const;
    void setSkill(const QString &skill, int level);
    void setNames(const QString &english, const QString &japanese);
    bool save();
    QString errorText() const;
    void accept() override;

private:
    std::unique_ptr<::Ui::RoleDialog> m_ui;
    WorkspaceSession *m_session;
    EffectiveRole m_role;
};

} // namespace csirtkit
