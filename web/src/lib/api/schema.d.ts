/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by `npm run gen:api`: do not edit.
 * test/web/api-types.test.ts fails when it no longer matches the server's schemas.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            db: "sqlite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                username: string;
                                /** @enum {string} */
                                role: "admin" | "approver" | "reporter" | "viewer" | "api_client";
                                units: string[];
                                displayName?: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                /** @enum {string} */
                                kind: "user" | "token";
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "approver" | "reporter" | "viewer" | "api_client";
                                units: string[];
                                unitVersions?: {
                                    code: string;
                                    name: string;
                                    level: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements?: string[];
                                displayName?: string;
                            };
                            csrfToken: string | null;
                            abilities: {
                                read: boolean;
                                write_values: boolean;
                                submit: boolean;
                                approve: boolean;
                                return: boolean;
                                reopen: boolean;
                                manage: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    level?: "country" | "province" | "district" | "commune" | "village" | "agency";
                    at?: string;
                    parent?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                level: string;
                                type: string;
                                name: string;
                                nameEn: string;
                                fullName: string;
                                fullNameEn: string;
                                validFrom: string | null;
                                validTo: string | null;
                                validToKnown: boolean;
                                codeOfficial: boolean;
                                parentCode: string | null;
                                note: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                            at: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            level: string;
                            type: string;
                            name: string;
                            nameEn: string;
                            fullName: string;
                            fullNameEn: string;
                            validFrom: string | null;
                            validTo: string | null;
                            validToKnown: boolean;
                            codeOfficial: boolean;
                            parentCode: string | null;
                            note: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            versions: {
                                unit: {
                                    code: string;
                                    level: string;
                                    type: string;
                                    name: string;
                                    nameEn: string;
                                    fullName: string;
                                    fullNameEn: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                    validToKnown: boolean;
                                    codeOfficial: boolean;
                                    parentCode: string | null;
                                    note: string | null;
                                };
                                predecessors: {
                                    /** @enum {string} */
                                    kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                    date: string | null;
                                    legalBasis: string | null;
                                    part: string;
                                    share: number | null;
                                    unit: {
                                        code: string;
                                        level: string;
                                        name: string;
                                        fullName: string;
                                        validFrom: string | null;
                                        validTo: string | null;
                                    };
                                }[];
                                successors: {
                                    /** @enum {string} */
                                    kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                    date: string | null;
                                    legalBasis: string | null;
                                    part: string;
                                    share: number | null;
                                    unit: {
                                        code: string;
                                        level: string;
                                        name: string;
                                        fullName: string;
                                        validFrom: string | null;
                                        validTo: string | null;
                                    };
                                }[];
                            }[];
                            predecessors: {
                                /** @enum {string} */
                                kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                date: string | null;
                                legalBasis: string | null;
                                part: string;
                                share: number | null;
                                unit: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    fullName: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                            successors: {
                                /** @enum {string} */
                                kind: "merge" | "split" | "rename" | "recode" | "reclassify" | "create" | "abolish";
                                date: string | null;
                                legalBasis: string | null;
                                part: string;
                                share: number | null;
                                unit: {
                                    code: string;
                                    level: string;
                                    name: string;
                                    fullName: string;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{dataset}/{unit}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataset: string;
                    unit: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                periodType?: string;
                            };
                            unit?: {
                                code?: string;
                                name?: string;
                                level?: string;
                            };
                            period?: string;
                            state?: string;
                            reason?: string | null;
                            submittedAt?: string | null;
                            submittedBy?: string | null;
                            decidedAt?: string | null;
                            decidedBy?: string | null;
                            deadline?: string;
                            elements?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                valueType?: string;
                                minValue?: number | null;
                                maxValue?: number | null;
                                section?: string | null;
                                evidenceRequired?: boolean;
                                value?: number | string | boolean | null;
                                comment?: string | null;
                                evidence?: string | null;
                                status?: string | null;
                                author?: string | null;
                                updatedAt?: string | null;
                                errors?: string[];
                                warnings?: string[];
                            }[];
                            validation?: {
                                errors?: {
                                    element?: string | null;
                                    rule?: string | null;
                                    message?: string;
                                }[];
                                warnings?: {
                                    element?: string | null;
                                    rule?: string | null;
                                    message?: string;
                                }[];
                            };
                            abilities?: {
                                read?: boolean;
                                write_values?: boolean;
                                submit?: boolean;
                                approve?: boolean;
                                return?: boolean;
                                reopen?: boolean;
                                manage?: boolean;
                            };
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataset: string;
                    unit: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            dataElement: string;
                            value: unknown;
                            comment?: string | null;
                            evidence?: string | null;
                        }[];
                        acceptWarnings?: {
                            index: number;
                            rule: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                            unchanged: number;
                            warnings: {
                                index?: number;
                                rule?: string;
                                message?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{dataset}/{unit}/{period}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dataset: string;
                    unit: string;
                    period: string;
                    action: "submit" | "approve" | "return" | "reopen";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            state?: string;
                            previousState?: string;
                            reason?: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                periodType?: string;
                                deadlineDays?: number;
                                elements?: {
                                    code?: string;
                                    section?: string;
                                    evidenceRequired?: boolean;
                                }[];
                                units?: {
                                    unit?: string;
                                    level?: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            periodType?: string;
                            deadlineDays?: number;
                            elements?: {
                                code?: string;
                                section?: string;
                                evidenceRequired?: boolean;
                            }[];
                            units?: {
                                unit?: string;
                                level?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            periodType?: string;
                            deadlineDays?: number;
                            elements?: {
                                code?: string;
                                section?: string;
                                evidenceRequired?: boolean;
                            }[];
                            units?: {
                                unit?: string;
                                level?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            periodType?: string;
                            deadlineDays?: number;
                            elements?: {
                                code?: string;
                                section?: string;
                                evidenceRequired?: boolean;
                            }[];
                            units?: {
                                unit?: string;
                                level?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{code}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    period: string;
                    within?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset?: string;
                            period?: string;
                            deadline?: string;
                            expected?: number;
                            submitted?: number;
                            onTime?: number;
                            late?: number;
                            missing?: number;
                            approved?: number;
                            units?: {
                                code?: string;
                                name?: string;
                                state?: string;
                                submittedAt?: string | null;
                                onTime?: boolean | null;
                            }[];
                            missingUnits?: {
                                code?: string;
                                name?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: {
                            dataElement: string;
                            value: unknown;
                            comment?: string | null;
                            evidence?: string | null;
                            unit: string;
                            period: string;
                        }[];
                        acceptWarnings?: {
                            index: number;
                            rule: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                            unchanged: number;
                            warnings: {
                                index?: number;
                                rule?: string;
                                message?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-values/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    dataElement: string;
                    unit: string;
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataElement?: string;
                            unit?: string;
                            period?: string;
                            versions?: {
                                version?: number;
                                value?: number | string | boolean | null;
                                status?: string;
                                comment?: string | null;
                                evidence?: string | null;
                                author?: string;
                                source?: string;
                                createdAt?: string;
                            }[];
                            events?: {
                                at?: string;
                                actorName?: string;
                                actorKind?: string;
                                source?: string;
                                via?: string | null;
                                entity?: string;
                                entityKey?: string;
                                action?: string;
                                before?: unknown;
                                after?: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/validation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                kind?: string;
                                code?: string;
                                name?: string;
                                severity?: string;
                                message?: string;
                                left?: string;
                                operator?: string;
                                right?: string;
                                countElement?: string;
                                totalElement?: string;
                                rateElement?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind?: string;
                            code?: string;
                            name?: string;
                            severity?: string;
                            message?: string;
                            left?: string;
                            operator?: string;
                            right?: string;
                            countElement?: string;
                            totalElement?: string;
                            rateElement?: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind?: string;
                            code?: string;
                            name?: string;
                            severity?: string;
                            message?: string;
                            left?: string;
                            operator?: string;
                            right?: string;
                            countElement?: string;
                            totalElement?: string;
                            rateElement?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{code}/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId?: string;
                            dataset?: string;
                            period?: string;
                            fileName?: string;
                            status?: string;
                            rowsRead?: number;
                            format?: string;
                            sheet?: string;
                            encoding?: string;
                            delimiter?: string;
                            rows?: number;
                            values?: number;
                            errorCount?: number;
                            errors?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            warnings?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            sample?: {
                                dataElement?: string;
                                unit?: string;
                                period?: string;
                                value?: unknown;
                                comment?: string;
                                evidence?: string;
                                row?: number;
                                cell?: string;
                            }[];
                            columns?: string[];
                            shape?: string;
                            periods?: string[];
                            progress?: {
                                phase?: string;
                                done?: number;
                                total?: number;
                                message?: string;
                            } | null;
                            result?: {
                                created?: number;
                                updated?: number;
                                unchanged?: number;
                                warnings?: {
                                    row?: number;
                                    column?: string;
                                    cell?: string;
                                    message?: string;
                                    rule?: string;
                                }[];
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId?: string;
                            dataset?: string;
                            period?: string;
                            fileName?: string;
                            status?: string;
                            rowsRead?: number;
                            format?: string;
                            sheet?: string;
                            encoding?: string;
                            delimiter?: string;
                            rows?: number;
                            values?: number;
                            errorCount?: number;
                            errors?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            warnings?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                            }[];
                            sample?: {
                                dataElement?: string;
                                unit?: string;
                                period?: string;
                                value?: unknown;
                                comment?: string;
                                evidence?: string;
                                row?: number;
                                cell?: string;
                            }[];
                            columns?: string[];
                            shape?: string;
                            periods?: string[];
                            progress?: {
                                phase?: string;
                                done?: number;
                                total?: number;
                                message?: string;
                            } | null;
                            result?: {
                                created?: number;
                                updated?: number;
                                unchanged?: number;
                                warnings?: {
                                    row?: number;
                                    column?: string;
                                    cell?: string;
                                    message?: string;
                                    rule?: string;
                                }[];
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId?: string;
                            created?: number;
                            updated?: number;
                            unchanged?: number;
                            warnings?: {
                                row?: number;
                                column?: string;
                                cell?: string;
                                message?: string;
                                rule?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id?: string;
                            /** @enum {string} */
                            kind?: "document" | "file" | "link";
                            unit?: string;
                            period?: string;
                            element?: string | null;
                            dataset?: string | null;
                            document?: {
                                number?: string;
                                date?: string | null;
                                issuer?: string | null;
                                summary?: string | null;
                            } | null;
                            url?: string | null;
                            file?: {
                                name?: string;
                                size?: number;
                                mediaType?: string;
                                sha256?: string;
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id?: string;
                            /** @enum {string} */
                            kind?: "document" | "file" | "link";
                            unit?: string;
                            period?: string;
                            element?: string | null;
                            dataset?: string | null;
                            document?: {
                                number?: string;
                                date?: string | null;
                                issuer?: string | null;
                                summary?: string | null;
                            } | null;
                            url?: string | null;
                            file?: {
                                name?: string;
                                size?: number;
                                mediaType?: string;
                                sha256?: string;
                            } | null;
                            createdBy?: string;
                            createdAt?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    indicator: string;
                    unit: string;
                    period?: string;
                    periods?: string;
                    from?: string;
                    to?: string;
                    breakdown?: "none" | "children" | "leaves" | "units";
                    units?: string;
                    view?: "was" | "now";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: string;
                            period: string;
                            periods: string[];
                            unit: {
                                code: string;
                                name: string;
                            };
                            view: string;
                            breakdown: string;
                            rows: {
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                period: string;
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                coverage: {
                                    reported: number;
                                    expected: number;
                                };
                                approximate?: boolean;
                                target?: number;
                                status?: string;
                                gap?: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: string;
                            asOf: string;
                            unit: {
                                code: string;
                                name: string;
                                level: string;
                                validFrom: string | null;
                                validTo: string | null;
                                reorganisation: {
                                    kind: string | null;
                                    date: string;
                                    legalBasis: string | null;
                                    successors: {
                                        code: string;
                                        name: string;
                                        level: string;
                                        part: string;
                                        share: number | null;
                                    }[];
                                } | null;
                            } | null;
                            targets: {
                                indicator?: string;
                                unit?: string;
                                period?: string;
                                group?: string | null;
                                label?: string | null;
                                target?: number;
                                comparison?: string;
                                value?: number | null;
                                status?: string;
                                statusLabel?: {
                                    vi: string;
                                    en: string;
                                };
                                gap?: number | null;
                                projected?: number | null;
                                periodOpen?: boolean;
                                coverage?: {
                                    reported?: number;
                                    expected?: number;
                                } | null;
                                reorganisation?: {
                                    kind: string | null;
                                    date: string;
                                    legalBasis: string | null;
                                    successors: {
                                        code: string;
                                        name: string;
                                        level: string;
                                        part: string;
                                        share: number | null;
                                    }[];
                                } | null;
                                now?: {
                                    unit: {
                                        code: string;
                                        name: string;
                                    };
                                    value: number | null;
                                    coverage: {
                                        reported: number;
                                        expected: number;
                                    };
                                    approximate: boolean;
                                }[] | null;
                            }[];
                            summary: {
                                total: number;
                                metOrExceeded: number;
                                byStatus: {
                                    exceeded?: number;
                                    met?: number;
                                    not_met?: number;
                                    at_risk?: number;
                                    no_data?: number;
                                    reorganised?: number;
                                };
                                text: string;
                            };
                            groups: {
                                group?: string | null;
                                summary?: {
                                    total: number;
                                    metOrExceeded: number;
                                    byStatus: {
                                        exceeded?: number;
                                        met?: number;
                                        not_met?: number;
                                        at_risk?: number;
                                        no_data?: number;
                                        reorganised?: number;
                                    };
                                    text: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compute/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: number;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compute/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            progress: {
                                step: number;
                                steps: number;
                                message: string;
                            } | null;
                            report: {
                                units?: number;
                                closureRows?: number;
                                leafRows?: number;
                                periods?: number;
                                aggregateRows?: number;
                                treeDate?: string;
                                durationMs?: number;
                            } | null;
                            error: string | null;
                            requestedBy: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                code?: string;
                                name?: string;
                                nameEn?: string;
                                level?: string;
                                description?: string;
                                editions?: {
                                    edition?: string;
                                    name?: string;
                                    legalBasis?: string;
                                    validFrom?: string;
                                    validTo?: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            name?: string;
                            nameEn?: string;
                            level?: string;
                            description?: string;
                            editions?: {
                                edition?: string;
                                name?: string;
                                legalBasis?: string;
                                validFrom?: string;
                                validTo?: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            framework?: string;
                            edition?: string;
                            name?: string;
                            legalBasis?: string;
                            validFrom?: string;
                            validTo?: string | null;
                            note?: string;
                            previousEdition?: string;
                            maxPoints?: number;
                            grades?: {
                                code?: string;
                                label?: string;
                                min?: number;
                            }[];
                            pillars?: {
                                code?: string;
                                name?: string;
                            }[];
                            mainIndices?: {
                                code?: string;
                                name?: string;
                                maxPoints?: number;
                                scored?: boolean;
                                publishedElement?: string;
                                components?: {
                                    code?: string;
                                    name?: string;
                                    maxPoints?: number;
                                    rule?: {
                                        [key: string]: unknown;
                                    };
                                    pillars?: string[];
                                    source?: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    level?: "province" | "commune" | "agency";
                    period: string;
                    revision?: number;
                };
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run?: {
                                id?: number;
                                framework?: string;
                                edition?: string;
                                level?: string;
                                period?: string;
                                revision?: number;
                                status?: string;
                                options?: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId?: number | null;
                                createdAt?: string;
                                createdBy?: string;
                                publishedAt?: string | null;
                                publishedBy?: string | null;
                            };
                            items?: {
                                unit?: {
                                    code?: string;
                                    name?: string;
                                };
                                points?: number;
                                max?: number;
                                score?: number | null;
                                rank?: number | null;
                                rankChange?: number | null;
                                grade?: {
                                    code?: string;
                                    label?: string;
                                } | null;
                                mainIndices?: {
                                    code?: string;
                                    name?: string;
                                    points?: number;
                                    max?: number;
                                    value?: number | null;
                                    basis?: string;
                                }[];
                                pillars?: {
                                    code?: string;
                                    name?: string;
                                    points?: number;
                                    max?: number;
                                    value?: number | null;
                                }[];
                                components?: {
                                    code?: string;
                                    value?: number | string | boolean | null;
                                    points?: number | null;
                                }[];
                                missing?: string[];
                                predecessors?: string[] | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level?: "province" | "commune" | "agency";
                        period: string;
                        units?: string[];
                        /** Format: calendar-date */
                        at?: string;
                        /** @enum {string} */
                        mergedUnitRule?: "average_of_predecessors";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run?: {
                                id?: number;
                                framework?: string;
                                edition?: string;
                                level?: string;
                                period?: string;
                                revision?: number;
                                status?: string;
                                options?: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId?: number | null;
                                createdAt?: string;
                                createdBy?: string;
                                publishedAt?: string | null;
                                publishedBy?: string | null;
                            };
                            items?: {
                                unit?: {
                                    code?: string;
                                    name?: string;
                                };
                                points?: number;
                                max?: number;
                                score?: number | null;
                                rank?: number | null;
                                rankChange?: number | null;
                                grade?: {
                                    code?: string;
                                    label?: string;
                                } | null;
                                mainIndices?: {
                                    code?: string;
                                    name?: string;
                                    points?: number;
                                    max?: number;
                                    value?: number | null;
                                    basis?: string;
                                }[];
                                pillars?: {
                                    code?: string;
                                    name?: string;
                                    points?: number;
                                    max?: number;
                                    value?: number | null;
                                }[];
                                components?: {
                                    code?: string;
                                    value?: number | string | boolean | null;
                                    points?: number | null;
                                }[];
                                missing?: string[];
                                predecessors?: string[] | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id?: number;
                            framework?: string;
                            edition?: string;
                            level?: string;
                            period?: string;
                            revision?: number;
                            status?: string;
                            options?: {
                                at?: string;
                                units?: string[];
                                mergedUnitRule?: string;
                            };
                            compareRunId?: number | null;
                            createdAt?: string;
                            createdBy?: string;
                            publishedAt?: string | null;
                            publishedBy?: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frameworks/{code}/editions/{edition}/runs/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    edition: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run?: {
                                id?: number;
                                framework?: string;
                                edition?: string;
                                level?: string;
                                period?: string;
                                revision?: number;
                                status?: string;
                                options?: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId?: number | null;
                                createdAt?: string;
                                createdBy?: string;
                                publishedAt?: string | null;
                                publishedBy?: string | null;
                            };
                            previous?: {
                                id?: number;
                                framework?: string;
                                edition?: string;
                                level?: string;
                                period?: string;
                                revision?: number;
                                status?: string;
                                options?: {
                                    at?: string;
                                    units?: string[];
                                    mergedUnitRule?: string;
                                };
                                compareRunId?: number | null;
                                createdAt?: string;
                                createdBy?: string;
                                publishedAt?: string | null;
                                publishedBy?: string | null;
                            } | null;
                            units?: {
                                unit?: {
                                    code?: string;
                                    name?: string;
                                };
                                change?: string;
                                scoreBefore?: number | null;
                                scoreAfter?: number | null;
                                rankBefore?: number | null;
                                rankAfter?: number | null;
                                mainIndices?: {
                                    code?: string;
                                    before?: number | null;
                                    after?: number | null;
                                }[];
                                components?: {
                                    code?: string;
                                    before?: {
                                        value?: number | string | boolean | null;
                                        points?: number | null;
                                    } | null;
                                    after?: {
                                        value?: number | string | boolean | null;
                                        points?: number | null;
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                username: string;
                                role: string;
                                displayName: string | null;
                                disabled: boolean;
                                createdAt: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName?: string | null;
                        /** @enum {string} */
                        role: "admin" | "approver" | "reporter" | "viewer";
                        units?: string[];
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            role: string;
                            displayName: string | null;
                            disabled: boolean;
                            createdAt: string;
                            units: string[];
                            scopes: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string | null;
                        /** @enum {string} */
                        role?: "admin" | "approver" | "reporter" | "viewer";
                        disabled?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            role: string;
                            displayName: string | null;
                            disabled: boolean;
                            createdAt: string;
                            units: string[];
                            scopes: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{username}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        add?: string[];
                        remove?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            removed: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            unchanged: string[];
                            user: {
                                username: string;
                                role: string;
                                displayName: string | null;
                                disabled: boolean;
                                createdAt: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                role: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements: string[];
                                createdAt: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        units: string[];
                        elements?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: {
                                name: string;
                                role: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements: string[];
                                createdAt: string;
                                revokedAt: string | null;
                            };
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{name}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            role: string;
                            units: string[];
                            scopes: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            elements: string[];
                            createdAt: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{name}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        add?: string[];
                        remove?: string[];
                        addElements?: string[];
                        removeElements?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            removed: {
                                code: string;
                                name: string | null;
                                level: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                            }[];
                            unchanged: string[];
                            elementsAdded: string[];
                            elementsRemoved: string[];
                            token: {
                                name: string;
                                role: string;
                                units: string[];
                                scopes: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                }[];
                                elements: string[];
                                createdAt: string;
                                revokedAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scopes/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            items: {
                                /** @enum {string} */
                                kind: "user" | "token";
                                owner: string;
                                scope: {
                                    code: string;
                                    name: string | null;
                                    level: string | null;
                                    validFrom: string | null;
                                    validTo: string | null;
                                };
                                resolution: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    valueType?: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                    periodType?: "monthly" | "quarterly" | "semiannual" | "yearly";
                    dataset?: string;
                    section?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                description: string | null;
                                /** @enum {string} */
                                valueType: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                                /** @enum {string} */
                                timeAggregation: "sum" | "last" | "average" | "max" | "min" | "none";
                                /** @enum {string} */
                                hierarchyAggregation: "sum" | "average" | "max" | "min" | "none";
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                                unitOfMeasure: string | null;
                                minValue: number | null;
                                maxValue: number | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    plan?: string;
                    group?: string;
                    element?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                description: string | null;
                                numerator: string;
                                denominator: string | null;
                                factor: number;
                                unitOfMeasure: string | null;
                                decimals: number;
                                /** @enum {string} */
                                direction: "higher_is_better" | "lower_is_better";
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            description: string | null;
                            numerator: string;
                            denominator: string | null;
                            factor: number;
                            unitOfMeasure: string | null;
                            decimals: number;
                            /** @enum {string} */
                            direction: "higher_is_better" | "lower_is_better";
                            elements: {
                                code: string;
                                name: string;
                                nameEn: string;
                                /** @enum {string} */
                                valueType: "number" | "integer" | "percentage" | "boolean" | "text" | "document";
                                /** @enum {string} */
                                periodType: "monthly" | "quarterly" | "semiannual" | "yearly";
                                unitOfMeasure: string | null;
                                usedIn: ("numerator" | "denominator")[];
                            }[];
                            plans: {
                                code: string;
                                name: string;
                                nameEn: string;
                                legalBasis: string | null;
                                unitCode: string | null;
                                unitName: string | null;
                                startPeriod: string | null;
                                endPeriod: string | null;
                                targetCount: number;
                                targets: {
                                    unit: string;
                                    period: string;
                                    value: number;
                                    /** @enum {string} */
                                    comparison: ">=" | "<=" | "=";
                                    group: string | null;
                                    label: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unit?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                legalBasis: string | null;
                                unitCode: string | null;
                                unitName: string | null;
                                startPeriod: string | null;
                                endPeriod: string | null;
                                targetCount: number;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            nameEn: string;
                            legalBasis: string | null;
                            unitCode: string | null;
                            unitName: string | null;
                            startPeriod: string | null;
                            endPeriod: string | null;
                            targetCount: number;
                            groups: {
                                group: string | null;
                                targets: {
                                    indicator: {
                                        code: string;
                                        name: string;
                                        nameEn: string;
                                        unitOfMeasure: string | null;
                                        decimals: number;
                                        /** @enum {string} */
                                        direction: "higher_is_better" | "lower_is_better";
                                    };
                                    unit: string;
                                    period: string;
                                    value: number;
                                    /** @enum {string} */
                                    comparison: ">=" | "<=" | "=";
                                    label: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    parent?: string;
                    level?: "province" | "district" | "commune";
                    at?: string;
                    detail?: "low" | "medium" | "high";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            layers: {
                                level: string;
                                validFrom: string;
                                validTo: string | null;
                                sourceName: string;
                                featureCount: number;
                                importedBy: string;
                                importedAt: string;
                            }[];
                            missing: string[];
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                properties: {
                                    code?: string;
                                    name?: string | null;
                                };
                                geometry: {
                                    /** @enum {string} */
                                    type?: "Polygon" | "MultiPolygon";
                                    coordinates?: unknown[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                level: string;
                                validFrom: string;
                                validTo: string | null;
                                sourceName: string;
                                featureCount: number;
                                importedBy: string;
                                importedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            changedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
