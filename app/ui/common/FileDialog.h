#pragma once

#include <QString>

class QWidget;

namespace csirtkit {

// File pickers go through here so GUI tests can answer them (setNextFileName) without a dialog.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // saveFileName() for an export, report or document made from `workspace`: a name that would
    // write onto a workspace is refused with a message (OutputTarget) and gives an empty string.
    // Replacing another existing file was confirmed in the dialog; `defaultSuffix` is added to a name
    // without one, and replacing a file of that new name is asked for here.
    static QString outputFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                  const QString &workspace, const QString &defaultSuffix = {});
    static QString workspaceFilter();
    // A new workspace's file proposed in `folder` (default: the user's documents): `base`.csirt made
    // safe as a file name, numbered ("base-2.csirt") until no file of that name exists.
    static QString freeWorkspacePath(const QString &base, const QString &folder = {});

    static void setNextFileName(const QString &fileName); // an empty string answers "cancel"

private:
    static bool takeNext(QString *fileName);
};

} // namespace csirtkit
