#pragma once

#include "team/TeamTab.h"

#include <memory>

namespace Ui {
class RaciTab;
}

namespace csirtkit {

// The RACI table: the handling process's and the team's activities × the team's roles. Defaults come
// from the team shape; the checks (exactly one A, at least one R, no activity left to a role nobody
// holds) are shown under the table and on the rows they concern.
class RaciTab : public TeamTab
{
    Q_OBJECT

public:
    explicit RaciTab(QWidget *parent = nullptr);
    ~RaciTab() override;

    QString tabId() const override { return QStringLiteral("raci"); }
    QString tabTitle() const override;
    void reload() override;
    void select(const QString &activity) override;

    // One cell as one undoable edit; a null letter clears it.
    bool setCell(const QString &activity, const QString &role, QChar letter);
    bool resetToTemplate();
    QString problemsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void cellClicked(int row, int column);

    std::unique_ptr<::Ui::RaciTab> m_ui;
    QStringList m_activities;
    QStringList m_roles;
};

} // namespace csirtkit
