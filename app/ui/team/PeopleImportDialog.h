#pragma once

#include "team/PeopleCsv.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class PeopleImportDialog;
}

namespace csirtkit {

class WorkspaceSession;

// Imports people from a CSV file: map the columns, see every problem by row, import all or nothing
// (one undoable step).
class PeopleImportDialog : public QDialog
{
    Q_OBJECT

public:
    PeopleImportDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~PeopleImportDialog() override;

    bool load(const QString &path); // false with a message when the file cannot be read
    void setMapping(int column, const QString &field); // "" leaves the column out
    QStringList problems() const;
    bool import(); // false when there are problems or the register refuses
    int imported() const { return m_imported; }

private:
    void check();

    std::unique_ptr<::Ui::PeopleImportDialog> m_ui;
    WorkspaceSession *m_session;
    QPushButton *m_import;
    PeopleCsv::Table m_table;
    QList<Person> m_people;
    int m_imported = 0;
};

} // namespace csirtkit
