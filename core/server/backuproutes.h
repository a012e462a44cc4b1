// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class BackupService;
class RestoreService;
class Router;

// GET /api/system/backup and the restore routes (PROTOCOL.md §4.9).
class BackupRoutes
{
public:
    BackupRoutes(BackupService &backups, RestoreService &restores);

    void registerOn(Router &router);

private:
    BackupService &m_backups;
    RestoreService &m_restores;
};
