#pragma once

#include "team/TeamTab.h"

#include <memory>

namespace Ui {
class RolesTab;
}

namespace csirtkit {

// The roles as this workspace uses them: the catalogue's, changed or hidden, and the team's own.
class RolesTab : public TeamTab
{
    Q_OBJECT

public:
    explicit RolesTab(QWidget *parent = nullptr);
    ~RolesTab() override;

    QString tabId() const override { return QStringLiteral("roles"); }
    QString tabTitle() const override;
    void reload() override;
    void select(const QString &roleKey) override;

    QString currentRole() const;
    bool setHidden(const QString &role, bool hidden);
    bool reset(const QString &role);
    bool remove(const QString &role, const QString &replacement);

protected:
    void changeEvent(QEvent *event) override;

private:
    void edit(const QString &role);
    void askToDelete();
    void updateButtons();

    std::unique_ptr<::Ui::RolesTab> m_ui;
};

} // namespace csirtkit
