import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminContentStack, type AdminRuntimeConfig } from '../lib/admin-stack.ts';
import { flat, only, strings, synthesized, type Synthesized } from './synth.ts';
import { ADMIN_PATHS_FUNCTION } from '../lib/admin-paths.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesized();
}, 60_000);

const buckets = () => Object.entries(s.templates.admin.findResources('AWS::S3::Bucket'));
const bucket = (prefix: string) => buckets().find(([id]) => id.startsWith(prefix))!;
const bucketPolicy = (bucketId: string) =>
  Object.values(s.templates.admin.findResources('AWS::S3::BucketPolicy')).find((p) => p.Properties.Bucket.Ref === bucketId)!.Properties
    .PolicyDocument.Statement as { Effect: string; Action: string | string[]; Principal: any; Condition?: any }[];

describe('admin stack: hosting', () => {
  it('keeps both buckets private: public access blocked, encrypted, TLS enforced', () => {
    expect(
      buckets()
        .map(([id]) => id.replace(/[0-9A-F]{8}$/, ''))
        .sort(),
    ).toEqual(['AccessLogs', 'Site']);
    for (const [id, b] of buckets()) {
      expect(b.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(b.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm, id).toBe(
        'AES256',
      );
      expect(
        bucketPolicy(id).find((st) => st.Effect === 'Deny'),
        id,
      ).toMatchObject({
        Action: 's3:*',
        Principal: { AWS: '*' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      });
    }
  });

  it('lets only this distribution read the site, through origin access control (no OAI, no public policy)', () => {
    const [siteId, site] = bucket('Site');
    expect(site.Properties.OwnershipControls.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
    expect(site.Properties.LoggingConfiguration).toMatchObject({
      DestinationBucketName: { Ref: bucket('AccessLogs')[0] },
      LogFilePrefix: 'site-bucket/',
    });
    const dist = only(s.templates.admin, 'AWS::CloudFront::Distribution');
    const oac = only(s.templates.admin, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const [origin] = dist.Properties.DistributionConfig.Origins;
    expect(origin).toMatchObject({
      DomainName: { 'Fn::GetAtt': [siteId, 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [oac.id, 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    const reads = bucketPolicy(siteId).filter((st) => st.Effect === 'Allow' && st.Principal?.Service === 'cloudfront.amazonaws.com');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.Action).toBe('s3:GetObject');
    expect(flat(reads[0]!.Condition.StringEquals['AWS:SourceArn'])).toMatch(new RegExp(`:distribution/\\{Ref:${dist.id}\\}$`));
    // No statement lets anyone else in.
    expect(
      bucketPolicy(siteId)
        .filter((st) => st.Effect === 'Allow')
        .flatMap((st) => strings(st.Principal)),
    ).not.toContain('*');
  });

  it("serves HTTPS only, maps the admin's bare paths to its pages on the bucket only, logs requests", () => {
    const config = only(s.templates.admin, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      Compress: true,
    });
    // No distribution-wide error pages: they turned the API's own 403/404 into the console's HTML.
    expect(config.CustomErrorResponses).toBeUndefined();
    const fn = only(s.templates.admin, 'AWS::CloudFront::Function');
    expect(fn.Properties.FunctionCode).toBe(ADMIN_PATHS_FUNCTION);
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^AdminPaths/), 'FunctionARN'] } },
    ]);
    for (const b of config.CacheBehaviors) expect(b.FunctionAssociations, b.PathPattern).toBeUndefined();
    expect(config.Logging).toMatchObject({
      Bucket: { 'Fn::GetAtt': [bucket('AccessLogs')[0], 'RegionalDomainName'] },
      Prefix: 'cloudfront/',
    });
  });

  it('its path function sends /graphiql to the explorer, bare paths to the console, files and the API untouched', () => {
    const handler = new Function(`${ADMIN_PATHS_FUNCTION}; return handler;`)() as (e: unknown) => { uri: string };
    const uri = (path: string) => handler({ request: { uri: path, headers: {} } }).uri;
    expect(['/graphiql', '/graphiql/', '/', '/cases/42', '/estadisticas'].map(uri)).toEqual([
      '/graphiql.html',
      '/graphiql.html',
      '/index.html',
      '/index.html',
      '/index.html',
    ]);
    expect(['/assets/index-abc123.js', '/config.json', '/boot.js', '/graphiql.html', '/index.html'].map(uri)).toEqual([
      '/assets/index-abc123.js',
      '/config.json',
      '/boot.js',
      '/graphiql.html',
      '/index.html',
    ]);
  });

  it('adds the security headers to every response: HSTS, CSP, nosniff, no framing, referrer policy', () => {
    const policy = only(s.templates.admin, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(
      only(s.templates.admin, 'AWS::CloudFront::Distribution').Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId,
    ).toEqual({ Ref: policy.id });
    const h = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(h.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true });
    expect(h.ContentTypeOptions).toEqual({ Override: true });
    expect(h.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(h.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
    const csp = Object.fromEntries(
      flat(h.ContentSecurityPolicy.ContentSecurityPolicy)
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(csp['script-src']).toBe("'self'"); // no inline or remote scripts
    expect(csp['default-src']).toBe("'self'");
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['object-src']).toBe("'none'");
    // The API is behind this distribution: same origin, no API Gateway wildcard.
    expect(csp['connect-src']).toBe("'self' https://cognito-idp.{Ref:AWS::Region}.{Ref:AWS::URLSuffix}");
  });

  it('outputs the admin URL and exports the bucket name under a stage-scoped name', () => {
    const outputs = s.templates.admin.toJSON().Outputs;
    expect(flat(outputs.AdminUrl.Value)).toMatch(/^https:\/\/\{Fn::GetAtt:Distribution\w+\.DomainName\}$/);
    expect(outputs.AdminBucket.Export.Name).toBe('Ruta-test-Admin-SiteBucketName');
  });
});

describe('admin stack: the API behind the same distribution (issue 12: public statistics cached at the edge)', () => {
  const config = () => only(s.templates.admin, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
  const behaviour = (pattern: string) => config().CacheBehaviors.find((b: any) => b.PathPattern === pattern);
  const apiOrigin = () => config().Origins.find((o: any) => o.CustomOriginConfig);

  it('sends /graphql and /public/graphql* to the HTTP API of the API stack, HTTPS only, without the viewer Host', () => {
    expect(
      config()
        .CacheBehaviors.map((b: any) => b.PathPattern)
        .sort(),
    ).toEqual(['/graphql', '/public/graphql*']);
    expect(flat(apiOrigin().DomainName)).toMatch(
      /^\{Fn::ImportValue:Ruta-test-Api:ExportsOutputRefHttpApi\w+\}\.execute-api\.\{Ref:AWS::Region\}\.\{Ref:AWS::URLSuffix\}$/,
    );
    expect(apiOrigin().CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    for (const pattern of ['/graphql', '/public/graphql*']) {
      expect(behaviour(pattern), pattern).toMatchObject({
        TargetOriginId: apiOrigin().Id,
        ViewerProtocolPolicy: 'https-only',
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
      });
    }
    expect(s.stacks.admin.dependencies.map((d) => d.stackName)).toEqual(['Ruta-test-Api']);
  });

  it('caches the public statistics GET/HEAD keyed on the query string only, 300 s by default, 1 h at most', () => {
    const pub = behaviour('/public/graphql*');
    expect(pub.AllowedMethods).toEqual(['GET', 'HEAD']);
    const policy = s.templates.admin.findResources('AWS::CloudFront::CachePolicy')[pub.CachePolicyId.Ref]!.Properties.CachePolicyConfig;
    expect(policy).toMatchObject({ DefaultTTL: 300, MaxTTL: 3600, MinTTL: 0 });
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
      QueryStringsConfig: { QueryStringBehavior: 'all' },
      HeadersConfig: { HeaderBehavior: 'none' }, // not apollo-require-preflight, not Authorization
      CookiesConfig: { CookieBehavior: 'none' },
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
    });
  });

  it("never caches the console's /graphql (all methods, token forwarded by the caching-disabled policy)", () => {
    const console = behaviour('/graphql');
    expect(console.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'OPTIONS']));
    expect(console.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // Managed-CachingDisabled
  });
});

describe('admin content stack: files and config.json', () => {
  const deployment = () => only(s.templates.adminContent, 'Custom::CDKBucketDeployment').Properties;

  it('publishes to the admin bucket, prunes old files and invalidates the distribution', () => {
    expect(deployment()).toMatchObject({
      DestinationBucketName: { 'Fn::ImportValue': 'Ruta-test-Admin-SiteBucketName' },
      DistributionId: { 'Fn::ImportValue': expect.stringMatching(/^Ruta-test-Admin:.*Distribution/) },
      DistributionPaths: ['/*'],
      Prune: true,
    });
    expect(s.stacks.adminContent.dependencies.map((d) => d.stackName).sort()).toEqual(['Ruta-test-Admin', 'Ruta-test-Data']);
  });

  it("writes config.json with the API URL (the distribution's /graphql), region, user pool and client ids and the stage (and nothing else)", () => {
    const { SourceObjectKeys: keys, SourceMarkers: markers } = deployment();
    // Template tests skip bundling: the admin build is not published, only config.json.
    expect(keys).toHaveLength(1);
    const dir = join(s.assembly.directory, `asset.${keys[0].replace(/\.zip$/, '')}`);
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as AdminRuntimeConfig;
    expect(Object.keys(config).sort()).toEqual(['apiUrl', 'region', 'stage', 'userPoolClientId', 'userPoolId']);
    expect(config.stage).toBe('test');
    // Tokens become markers, replaced at deploy time by their CloudFormation values.
    const resolve = (v: string) => v.replace(/<<marker:0xbaba:\d+>>/g, (m) => flat(markers[0][m]));
    expect(resolve(config.apiUrl)).toMatch(/^https:\/\/\{Fn::ImportValue:Ruta-test-Admin:.*Distribution.*DomainName.*\}\/graphql$/);
    expect(resolve(config.region)).toBe('{Ref:AWS::Region}');
    expect(resolve(config.userPoolId)).toMatch(/^\{Fn::ImportValue:Ruta-test-Data:ExportsOutputRefUserPool\w+\}$/);
    expect(resolve(config.userPoolClientId)).toMatch(/^\{Fn::ImportValue:Ruta-test-Data:ExportsOutputRefUserPoolAdminClient\w+\}$/);
  });

  describe('when bundling', () => {
    let dist: string;
    beforeAll(() => {
      dist = mkdtempSync(join(tmpdir(), 'ruta-admin-dist-'));
    });
    afterAll(() => rmSync(dist, { recursive: true, force: true }));

    const content = (adminDist: string) => {
      const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'ruta-cdk-')) });
      const refs = new Stack(app, 'Refs');
      const stack = new AdminContentStack(app, 'Content', {
        stage: 'test',
        bucketNameExport: 'Refs-SiteBucketName',
        apiUrl: 'https://api.example/graphql',
        adminDist,
        distribution: Distribution.fromDistributionAttributes(refs, 'D', { distributionId: 'E123', domainName: 'd.cloudfront.net' }),
        userPool: UserPool.fromUserPoolId(refs, 'P', 'us-east-1_abc'),
        userPoolClient: UserPoolClient.fromUserPoolClientId(refs, 'C', 'client'),
      });
      return { stack, template: Template.fromStack(stack) };
    };

    it('publishes the admin build beside config.json when admin/dist has an index.html', () => {
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Ruta</title>');
      const { template } = content(dist);
      expect(only(template, 'Custom::CDKBucketDeployment').Properties.SourceObjectKeys).toHaveLength(2);
    });

    it('publishes config.json alone, with a warning, when the admin was not built', () => {
      const { stack, template } = content(join(dist, 'missing'));
      expect(only(template, 'Custom::CDKBucketDeployment').Properties.SourceObjectKeys).toHaveLength(1);
      Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('npm run build:admin'));
    });
  });
});
