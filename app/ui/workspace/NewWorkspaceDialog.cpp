#include "workspace/NewWorkspaceDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace csirtkit {

NewWorkspaceDialog::NewWorkspaceDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_file(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Workspace"));
    m_name->setObjectName(QStringLiteral("organisationNameLineEdit"));
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_name->setAccessibleName(tr("Organisation name"));
    m_file->setAccessibleName(tr("Workspace file"));
    m_name->setMaxLength(200);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_error->hide();
    m_file->setText(FileDialog::freeWorkspacePath(tr("CSIRT workspace")));
    // The file follows the organisation's name until the user chooses one.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_fileChosen)
            m_file->setText(FileDialog::freeWorkspacePath(name.trimmed().isEmpty() ? tr("CSIRT workspace") : name));
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    connect(browse, &QPushButton::clicked, this, &NewWorkspaceDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Organisation &name:"), m_name);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A workspace holds one organisation's CSIRT project in a single file."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewWorkspaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewWorkspaceDialog::reject);
    resize(560, sizeHint().height());
}

QString NewWorkspaceDialog::organisationName() const
{
    return m_name->text().trimmed();
}

QString NewWorkspaceDialog::filePath() const
{
    QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csirt");
    return QFileInfo(path).absoluteFilePath();
}

void NewWorkspaceDialog::browse()
{
    const QString path = FileDialog::saveFileName(this, tr("New Workspace"), m_file->text(),
                                                  FileDialog::workspaceFilter());
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
        m_fileChosen = true;
    }
}

void NewWorkspaceDialog::accept()
{
    QString problem;
    if (organisationName().isEmpty())
        problem = tr("Enter the organisation's name.");
    else if (filePath().isEmpty())
        problem = tr("Choose where to save the workspace file.");
    else if (!QFileInfo(filePath()).absoluteDir().exists())
        problem = tr("The folder “%1” does not exist. Choose another folder.").arg(QDir::toNativeSeparators(QFileInfo(filePath()).absolutePath()));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    if (QFileInfo::exists(filePath())
        && MessageBox::question(this, tr("New Workspace"),
                                tr("“%1” already exists. Replace it with a new, empty workspace?")
                                    .arg(QFileInfo(filePath()).fileName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace csirtkit
