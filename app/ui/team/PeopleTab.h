#pragma once

#include "team/TeamTab.h"

#include <memory>

namespace Ui {
class PeopleTab;
}

namespace csirtkit {

// The people register with each person's roles, load against the agreed share, and workload from the
// incident log (open incidents and tasks). Add, edit, mark inactive, delete (with a replacement).
class PeopleTab : public TeamTab
{
    Q_OBJECT

public:
    explicit PeopleTab(QWidget *parent = nullptr);
    ~PeopleTab() override;

    QString tabId() const override { return QStringLiteral("people"); }
    QString tabTitle() const override;
    void reload() override;
    void select(const QString &personId) override;

    qint64 currentPerson() const;
    bool setActive(qint64 person, bool active);
    // Deletes a person; `replacement` takes over their roles and rota duties (0: refused when needed).
    bool remove(qint64 person, qint64 replacement);

protected:
    void changeEvent(QEvent *event) override;

private:
    void edit(qint64 person);
    void askToDelete();
    void updateButtons();

    std::unique_ptr<::Ui::PeopleTab> m_ui;
};

} // namespace csirtkit
