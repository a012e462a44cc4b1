// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ParentAuth;
class Router;

// The parents' PIN on the wire (PROTOCOL.md §4.10): GET /api/auth/status, POST /api/auth/unlock and
// /api/auth/lock, PUT /api/settings/pin. ParentAuth decides; these routes read the fields and set the cookie.
class AuthRoutes
{
public:
    explicit AuthRoutes(ParentAuth &auth);

    void registerOn(Router &router);

private:
    ParentAuth &m_auth;
};
