#include "common/FileDialog.h"

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

} // namespace csirtkit
