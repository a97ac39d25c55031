#include "common/FileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "common/MessageBox.h"
#include "workspace/OutputTarget.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace csirtkit {

namespace {
std::optional<QString> g_next;
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_next)
        return false;
    *fileName = *g_next;
    g_next.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName;
}

QString FileDialog::workspaceFilter()
{
    return QCoreApplication::translate("csirtkit::FileDialog", "CSIRT Kit workspaces (*.csirt);;All files (*)");
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::outputFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                   const QString &workspace, const QString &defaultSuffix)
{
    QString name = saveFileName(parent, caption, dir, filter);
    if (name.isEmpty())
        return name;
    if (!defaultSuffix.isEmpty() && QFileInfo(name).suffix().isEmpty()) {
        name += QLatin1Char('.') + defaultSuffix;
        if (QFileInfo::exists(name) && !OutputTarget::isWorkspaceFile(name)
            && MessageBox::question(parent, caption,
                                    QCoreApplication::translate("csirtkit::FileDialog", "“%1” already exists. Replace it?")
                                        .arg(QFileInfo(name).fileName()),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return {};
    }
    if (auto allowed = OutputTarget::check(name, OutputTarget::Existing::Replace, workspace); !allowed) {
        MessageBox::critical(parent, caption, allowed.error().message);
        return {};
    }
    return name;
}

QString FileDialog::freeWorkspacePath(const QString &base, const QString &in)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDir folder(!in.isEmpty() ? in : documents.isEmpty() ? QDir::homePath() : documents);
    QString name;
    for (const QChar c : base.simplified())
        name += QStringView(u"/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control ? QLatin1Char('-') : c;
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1); // no hidden files
    if (name.isEmpty())
        name = QStringLiteral("workspace");
    QString path = folder.filePath(name + QStringLiteral(".csirt"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2.csirt").arg(name).arg(n));
    return QDir::toNativeSeparators(path);
}

} // namespace csirtkit
