#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace csirtkit {

// Asks for the organisation's name and where to keep the new workspace file.
class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkspaceDialog(QWidget *parent = nullptr);

    QString organisationName() const;
    QString filePath() const; // absolute, with the .csirt suffix

    void accept() override;

private:
    void browse();

    QLineEdit *m_name;
    QLineEdit *m_file;
    bool m_fileChosen = false; // typed or browsed: no longer follows the name
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace csirtkit
